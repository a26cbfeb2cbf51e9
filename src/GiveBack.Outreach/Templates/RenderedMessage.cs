namespace GiveBack.Outreach.Templates;

/// <summary>A message worded for its recipient, and the formatted values it was worded from (handed to the channel too).</summary>
public sealed record RenderedMessage(string Subject, string Text, string Html, IReadOnlyDictionary<string, string> Values);
