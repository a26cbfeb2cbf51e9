namespace GiveBack.Payments.Stripe.Receipts.Pdf;

/// <summary>
/// The font files a receipt embeds. DejaVu Sans draws Latin, Greek and Cyrillic ("Łukasz Żółć"); it has no CJK, so
/// Droid Sans Fallback draws what DejaVu lacks ("王芳"). Both are TrueType outlines PDFsharp can subset and embed;
/// the CFF-outline CJK fonts (Noto CJK) it cannot.
/// </summary>
public static class ReceiptFontFiles
{
    public static readonly ReceiptFontFile Regular = new("DejaVuSans.ttf", "fonts-dejavu-core", 'Ł');
    public static readonly ReceiptFontFile Bold = new("DejaVuSans-Bold.ttf", "fonts-dejavu-core", 'Ł');
    public static readonly ReceiptFontFile Fallback = new("DroidSansFallbackFull.ttf", "fonts-droid-fallback", '王');

    public static IReadOnlyList<ReceiptFontFile> All { get; } = [Regular, Bold, Fallback];
}
