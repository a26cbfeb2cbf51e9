using GiveBack.Payments.Stripe.Receipts.Pdf;
using Microsoft.Extensions.Options;

namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>
/// Refuses to start without every font file a receipt embeds: a receipt that cannot draw a donor's name must stop the
/// server with the package to install, never go out with the name replaced by '?' or boxes.
/// </summary>
internal sealed class ReceiptsOptionsValidator : IValidateOptions<ReceiptsOptions>
{
    public ValidateOptionsResult Validate(string? name, ReceiptsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = ReceiptFonts.Problems(options.SearchedFontDirectories).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
