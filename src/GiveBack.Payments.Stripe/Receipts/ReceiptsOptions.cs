namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>Where the receipt PDF finds the fonts it embeds, and how often offline gifts are receipted.</summary>
public sealed class ReceiptsOptions
{
    public const string SectionName = "Receipts";

    /// <summary>Where Debian's fonts-dejavu-core and fonts-droid-fallback install the files.</summary>
    public static IReadOnlyList<string> DebianFontDirectories { get; } = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/droid"];

    /// <summary>
    /// The folders searched, in order, for each font file the receipt embeds (see <see cref="Pdf.ReceiptFontFiles"/>);
    /// empty means <see cref="DebianFontDirectories"/>. The server refuses to start when a file is in none of them,
    /// rather than print a name it cannot draw.
    /// </summary>
    // An array set by the binder replaces the defaults; a list initialised with them would be appended to.
    public string[] FontDirectories { get; set; } = [];

    /// <summary>The folders actually searched.</summary>
    public IReadOnlyList<string> SearchedFontDirectories => FontDirectories.Length > 0 ? FontDirectories : DebianFontDirectories;

    /// <summary>How often gifts keyed in by staff are receipted and thanked (<see cref="OfflineReceiptJob"/>); zero turns it off.</summary>
    public TimeSpan OfflineInterval { get; set; } = TimeSpan.FromMinutes(1);
}
