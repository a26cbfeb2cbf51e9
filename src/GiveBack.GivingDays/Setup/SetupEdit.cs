using GiveBack.Web.Problems;

namespace GiveBack.GivingDays.Setup;

/// <summary>What setting up an offer did: the offer as stored (null when invalid) and the field errors.</summary>
public sealed record SetupEdit<T>(T? Stored, SetupOutcome Outcome, FieldErrors Errors)
    where T : class;
