using GiveBack.Domain.Giving;
using GiveBack.Domain.Pledges;

namespace GiveBack.Constituents.Imports.Parsing;

/// <summary>A row read and checked: who it is about, and the gift, reversal, pledge or activity it carries (each optional).</summary>
public sealed record ParsedRow(
    int Number, string RowKey, ImportedDonor Donor, ImportedGift? Gift, ImportedPledge? Pledge, ImportedActivity? Activity,
    ImportedReversal? Reversal = null);

/// <summary>
/// The donor a row names; <see cref="Key"/> is the source's id when the file has one, else the e-mail or the name.
/// <see cref="Id"/> is the source's id when it is a UUID (GiveBack's own export): the donor keeps it. A row that names
/// its donor by id alone (<see cref="ReferenceOnly"/>, as the export's <c>gifts.csv</c> does) books to a donor already
/// in GiveBack and creates none.
/// </summary>
public sealed record ImportedDonor(string Key, string FirstName, string LastName, string? Email, int? ClassYear, Guid? Id = null, bool ReferenceOnly = false);

/// <summary>
/// A gift in minor units; a null currency takes the campaign's. <see cref="CampaignId"/> is the source's campaign id when
/// a UUID; <see cref="PledgeId"/> the pledge it pays, when it pays one.
/// </summary>
public sealed record ImportedGift(
    long Amount, string? Currency, DateOnly ReceivedOn, string Campaign, GiftMethod Method, string? Fund, Guid? CampaignId = null, Guid? PledgeId = null);

/// <summary>A reversal of a gift imported before, named by the source's gift id (the row key it was imported under).</summary>
public sealed record ImportedReversal(string ReversedRowKey, string Reason);

/// <summary>A pledge's terms; <see cref="Id"/> and <see cref="CampaignId"/> are the source's ids when UUIDs (GiveBack's export): they are kept.</summary>
public sealed record ImportedPledge(
    long Amount, string? Currency, int Installments, PledgeFrequency Frequency, DateOnly FirstDueOn, string Campaign, string? Fund,
    Guid? Id = null, Guid? CampaignId = null);

/// <summary>An activity; <see cref="Id"/> is the source's id when a UUID (GiveBack's export): it is kept.</summary>
public sealed record ImportedActivity(string Type, DateTimeOffset OccurredAt, string? Detail, Guid? Id = null);
