namespace GiveBack.Payments.Stripe.Receipts.Pdf;

/// <summary>A font file, the Debian package that installs it, and a character it must draw (checked at start).</summary>
public sealed record ReceiptFontFile(string FileName, string DebianPackage, char Probe);
