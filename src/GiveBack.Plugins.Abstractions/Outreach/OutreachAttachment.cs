namespace GiveBack.Plugins.Abstractions.Outreach;

/// <summary>A file sent with a message.</summary>
/// <param name="FileName">The file name the recipient sees, e.g. <c>receipt-2026-000042.pdf</c>.</param>
/// <param name="ContentType">The media type, e.g. <c>application/pdf</c>.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record OutreachAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
