using System.ComponentModel.DataAnnotations;
using GiveBack.Domain.Idempotency;
using GiveBack.Giving.Gifts;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Giving.Endpoints.Gifts;

public static class GiftsApi
{
    public static RouteGroupBuilder MapGiftsApi(this RouteGroupBuilder api)
    {
        var gifts = api.MapGroup("/gifts").WithTags("Gifts");
        gifts.MapPost("/", RecordGift).RequireAuthorization(Policies.Write);
        gifts.MapGet("/{id:guid}", GetGift).RequireAuthorization(Policies.Read);
        gifts.MapPost("/{id:guid}/reversals", ReverseGift).RequireAuthorization(Policies.Write);
        return api;
    }

    /// <summary>
    /// Records a gift received offline. The Idempotency-Key header is required: the same key and body give back the
    /// same gift (200), never a second one, even if the campaign or pledge changed since; the same key with another body
    /// is refused (422). Keys are the sending API key's own: another integration's "1" is another key.
    /// </summary>
    public static async Task<Results<Created<GiftResponse>, Ok<GiftResponse>, ProblemHttpResult>> RecordGift(
        GiftRequest request, [Required] IdempotencyKey key, HttpContext http, GiftRecorder recorder, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var gift = GiftValidation.Validate(request, clock, errors);
        if (gift is null)
        {
            return errors.ToProblem();
        }

        if (key.RefuseReserved() is { } reserved)
        {
            return reserved;
        }

        var result = await recorder.RecordAsync(gift, key.ScopedFor(http), cancellationToken);
        return result.Status switch
        {
            GiftStatus.Created => TypedResults.Created($"/api/v1/gifts/{result.Entry!.Id}", GiftResponse.From(result.Entry)),
            GiftStatus.Replayed => TypedResults.Ok(GiftResponse.From(result.Entry!)),
            GiftStatus.KeyReused => ApiProblems.IdempotencyKeyReused(),
            GiftStatus.UnknownDonor => ApiProblems.Invalid("donorId", $"There is no donor with id '{gift.DonorId}'.", StatusCodes.Status422UnprocessableEntity),
            GiftStatus.UnknownCampaign => ApiProblems.Invalid("campaignId", $"There is no campaign with id '{gift.CampaignId}'.", StatusCodes.Status422UnprocessableEntity),
            GiftStatus.CurrencyMismatch => ApiProblems.Invalid("currency", "The gift's currency must be the campaign's currency.", StatusCodes.Status422UnprocessableEntity),
            GiftStatus.CampaignClosed => ApiProblems.Invalid("receivedOn", "The campaign closed before this date: record the gift on an open campaign.", StatusCodes.Status422UnprocessableEntity),
            GiftStatus.PledgeNotFound => ApiProblems.Invalid("pledgeId", $"There is no pledge with id '{gift.PledgeId}'.", StatusCodes.Status422UnprocessableEntity),
            GiftStatus.PledgeMismatch => ApiProblems.Invalid("pledgeId", "The pledge belongs to another donor or campaign, or is in another currency.", StatusCodes.Status422UnprocessableEntity),
            GiftStatus.PledgeClosed => ApiProblems.Invalid("pledgeId", "The pledge is fulfilled, written off or cancelled: it takes no more payments.", StatusCodes.Status422UnprocessableEntity),
            GiftStatus.UnknownAmbassador => ApiProblems.Invalid("ambassadorId", $"'{gift.AmbassadorId}' is not an ambassador of campaign '{gift.CampaignId}'.", StatusCodes.Status422UnprocessableEntity),
            GiftStatus.PledgeOverpaid => ApiProblems.Invalid("amount", "The gift is more than the pledge still owes; record the difference as a separate gift.", StatusCodes.Status422UnprocessableEntity),
            _ => throw new InvalidOperationException($"Unexpected outcome {result.Status} for a new gift."),
        };
    }

    public static async Task<Results<Ok<GiftResponse>, ProblemHttpResult>> GetGift(Guid id, GiftHistory history, CancellationToken cancellationToken) =>
        await history.FindAsync(id, cancellationToken) is { } gift ? TypedResults.Ok(gift) : ApiProblems.NotFound("gift", id);

    /// <summary>
    /// Reverses a gift (a bounced cheque, a gift booked twice): a new ledger row with the opposite amount. A gift is
    /// reversed once; a reversal cannot itself be reversed. Idempotency-Key is optional; with it a retry is answered 200.
    /// </summary>
    public static async Task<Results<Created<GiftResponse>, Ok<GiftResponse>, ProblemHttpResult>> ReverseGift(
        Guid id, ReversalRequest? request, IdempotencyKey key, HttpContext http, GiftRecorder recorder, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var reason = GiftValidation.Reason(request, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (key.RefuseReserved() is { } reserved)
        {
            return reserved;
        }

        var scoped = key.Value is null ? ScopedKey.System($"{SystemKeys.Reversal}{Guid.NewGuid()}") : key.ScopedFor(http);
        var result = await recorder.ReverseAsync(id, reason!, scoped, cancellationToken);
        return result.Status switch
        {
            GiftStatus.Created => TypedResults.Created($"/api/v1/gifts/{result.Entry!.Id}", GiftResponse.From(result.Entry)),
            GiftStatus.Replayed => TypedResults.Ok(GiftResponse.From(result.Entry!)),
            GiftStatus.NotFound => ApiProblems.NotFound("gift", id),
            GiftStatus.ReversalOfReversal => ApiProblems.Invalid("id", "This entry is a reversal; a reversal cannot be reversed.", StatusCodes.Status422UnprocessableEntity),
            GiftStatus.AlreadyReversed => ApiProblems.Conflict("Gift already reversed", $"Gift '{id}' has already been reversed; a gift is reversed once."),
            GiftStatus.KeyReused => ApiProblems.IdempotencyKeyReused(),
            _ => throw new InvalidOperationException($"Unexpected outcome {result.Status} for a reversal."),
        };
    }
}
