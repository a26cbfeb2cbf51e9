namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>Who issues a receipt, as printed on it: the institution's name, address and registration number, and the tax wording.</summary>
internal sealed record ReceiptIssuer(string Name, IReadOnlyList<string> Address, string? RegistrationNumber, string? TaxWording)
{
    public static ReceiptIssuer From(string name, ReceiptIssuerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var address = (options.Address ?? string.Empty)
            .Split(['\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var wording = string.IsNullOrWhiteSpace(options.TaxWording) ? TaxWordings.For(options.Country) : options.TaxWording.Trim();
        return new(name, address, string.IsNullOrWhiteSpace(options.RegistrationNumber) ? null : options.RegistrationNumber.Trim(), wording);
    }
}
