using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Payments.Endpoints;

/// <summary>A gift's receipt: its number in the fiscal year's gap-free sequence, and the PDF.</summary>
public static class ReceiptsApi
{
    public static RouteGroupBuilder MapReceiptsApi(this RouteGroupBuilder api)
    {
        var gifts = api.MapGroup("/gifts").WithTags("Receipts");
        gifts.MapGet("/{id:guid}/receipt", GetAsync).RequireAuthorization(Policies.Read);
        gifts.MapGet("/{id:guid}/receipt.pdf", PdfAsync).RequireAuthorization(Policies.Read);
        return api;
    }

    public static async Task<Results<Ok<ReceiptView>, ProblemHttpResult>> GetAsync(Guid id, IReceipts receipts, CancellationToken cancellationToken) =>
        await receipts.FindAsync(id, cancellationToken) is { } receipt ? TypedResults.Ok(receipt) : ApiProblems.NotFound("receipt for gift", id);

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAsync(Guid id, IReceipts receipts, CancellationToken cancellationToken)
    {
        var receipt = await receipts.FindAsync(id, cancellationToken);
        var pdf = receipt is null ? null : await receipts.RenderPdfAsync(id, cancellationToken);
        return pdf is null
            ? ApiProblems.NotFound("receipt for gift", id)
            : TypedResults.File(pdf, "application/pdf", $"receipt-{receipt!.Number}.pdf");
    }
}
