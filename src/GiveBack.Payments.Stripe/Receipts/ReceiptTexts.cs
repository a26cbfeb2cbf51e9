using System.Resources;
using GiveBack.Domain.Texts;

namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>
/// The labels of receipts and giving statements, in <c>ReceiptTexts.resx</c> (English) and <c>ReceiptTexts.fr.resx</c>.
/// The receipt is printed in both languages at once, each label as "English / français" (<see cref="Both"/>), so one
/// document serves every donor and every tax office; a statement is printed in its donor's language (<see cref="In"/>).
/// The texts live with the other words the product says, not in the drawing code.
/// </summary>
internal sealed class ReceiptTexts : ResourceTexts
{
    // First: the instances below are built from it, and static fields initialise in the order written.
    private static readonly ResourceManager Resources = new(typeof(ReceiptTexts));

    private static readonly ReceiptTexts English = new("en");

    private static readonly ReceiptTexts French = new("fr");

    private ReceiptTexts(string language)
        : base(Resources, language)
    {
    }

    public string Title => Text();

    public string Number => Text();

    public string FiscalYear => Text();

    public string Issued => Text();

    public string Donor => Text();

    public string Household => Text();

    public string Email => Text();

    public string GiftDate => Text();

    public string Amount => Text();

    public string Method => Text();

    public string GiftId => Text();

    public string Void => Text();

    public string Fund => Text();

    public string InMemoryOf => Text();

    public string InHonourOf => Text();

    public string Replaces => Text();

    public string VoidSince => Text();

    public string ReplacedBy => Text();

    public string NotReplaced => Text();

    public string Thanks => Text();

    public string IssuedBy => Text();

    public string RegistrationNumber => Text();

    public string StatementTitle => Text();

    public string StatementPeriod => Text();

    public string StatementCampaign => Text();

    public string StatementTotal => Text();

    public string StatementNone => Text();

    public string StatementNet => Text();

    public string StatementContinued => Text();

    /// <summary>The labels in <paramref name="language"/> (<c>en</c> or <c>fr</c>; anything else reads English).</summary>
    public static ReceiptTexts In(string? language) => language == French.Language ? French : English;

    /// <summary>A text in English and in French, "English / français"; once when both say the same (<c>Email</c>).</summary>
    public static string Both(Func<ReceiptTexts, string> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (english, french) = (text(English), text(French));
        return english == french ? english : $"{english} / {french}";
    }
}
