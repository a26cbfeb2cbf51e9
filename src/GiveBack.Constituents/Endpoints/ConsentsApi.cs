using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using GiveBack.Constituents.Audit;
using GiveBack.Domain.Consent;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Consent;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Constituents.Endpoints;

/// <summary>
/// A donor's consent per channel and purpose: <c>GET /donors/{id}/consents</c> (now, and the history) and
/// <c>PUT /donors/{id}/consents</c> with <c>{ "consents": [{ "channel", "purpose", "granted" }] }</c>, which appends
/// the answers with source <c>staff</c>, the caller and the date. Receipts are not asked: they follow the e-mail opt-out.
/// </summary>
public static partial class ConsentsApi
{
    private const int MaxAnswers = 50;

    public static RouteGroupBuilder MapConsentsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var donor = api.MapGroup("/donors/{id:guid}").WithTags("Donors");
        donor.MapGet("/consents", GetConsents).RequireAuthorization(Policies.Read);
        donor.MapPut("/consents", PutConsents).RequireAuthorization(Policies.Write);
        return api;
    }

    public static async Task<Results<Ok<ConsentsResponse>, ProblemHttpResult>> GetConsents(
        Guid id, IGrainFactory grains, DonorConsents consents, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<IDonorGrain>(id).GetAsync() is not { } donor)
        {
            return ApiProblems.NotFound("donor", id);
        }

        return TypedResults.Ok(await ResponseAsync(donor, consents, cancellationToken));
    }

    public static async Task<Results<Ok<ConsentsResponse>, ProblemHttpResult>> PutConsents(
        Guid id, ConsentRequest request, ClaimsPrincipal user, IGrainFactory grains, DonorConsents consents, IConsentChannels channels,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await grains.GetGrain<IDonorGrain>(id).GetAsync() is not { } donor)
        {
            return ApiProblems.NotFound("donor", id);
        }

        var errors = new FieldErrors();
        var changes = Validate(request, channels.Known.Append(donor.Profile.PreferredChannel ?? string.Empty).ToList(), errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        await consents.RecordAsync(donor.Id, changes, ConsentSources.Staff, PersonalDataAudit.ActorOf(user), cancellationToken);
        return TypedResults.Ok(await ResponseAsync(donor, consents, cancellationToken));
    }

    private static List<ConsentChange> Validate(ConsentRequest request, IReadOnlyList<string> knownChannels, FieldErrors errors)
    {
        var answers = request.Consents ?? [];
        errors.Check(
            answers.Count is > 0 and <= MaxAnswers, "consents",
            $"consents must list between 1 and {MaxAnswers} answers: {{ \"channel\": \"email\", \"purpose\": \"appeals\", \"granted\": false }}.");
        var changes = new List<ConsentChange>(answers.Count);
        for (var i = 0; i < answers.Count && answers.Count <= MaxAnswers; i++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"consents[{i}]");
            var answer = answers[i];
            var channel = answer?.Channel?.Trim().ToLowerInvariant();
            var purpose = answer?.Purpose?.Trim().ToLowerInvariant();
            errors.Check(
                channel is not null && ChannelName().IsMatch(channel) && knownChannels.Contains(channel, StringComparer.OrdinalIgnoreCase),
                $"{field}.channel",
                $"channel '{answer?.Channel}' is unknown: use one of {string.Join(", ", knownChannels.Where(c => c.Length > 0).Distinct())}.");
            errors.Check(
                purpose is not null && ConsentPurposes.Recordable.Contains(purpose),
                $"{field}.purpose",
                purpose == ConsentPurposes.Receipts
                    ? "receipts are not asked for: a gift's thank-you and receipt go out unless the donor opted out of e-mail (emailOptOut on the donor)."
                    : $"purpose '{answer?.Purpose}' is unknown: use one of {string.Join(", ", ConsentPurposes.Recordable)}.");
            errors.Check(answer?.Granted is not null, $"{field}.granted", "granted is required: true when the donor agrees, false when they do not.");
            if (!errors.Any)
            {
                changes.Add(new ConsentChange(channel!, purpose!, answer!.Granted!.Value));
            }
        }

        return changes;
    }

    private static async Task<ConsentsResponse> ResponseAsync(DonorView donor, DonorConsents consents, CancellationToken cancellationToken)
    {
        var history = await consents.HistoryAsync(donor.Id, cancellationToken);
        var current = ConsentState.Of(donor.Profile.EmailOptOut, donor.Profile.PreferredChannel, DonorConsents.Latest(history));
        return new ConsentsResponse(donor.Id, current, [.. history.Select(ConsentHistoryEntry.From)]);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex ChannelName();
}
