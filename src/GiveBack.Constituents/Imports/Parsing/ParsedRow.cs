using GiveBack.Domain.Giving;
using GiveBack.Domain.Pledges;

namespace GiveBack.Constituents.Imports.Parsing;

/// <summary>A row read and checked: who it is about, and the gift, pledge or activity it carries (each optional).</summary>
public sealed record ParsedRow(int Number, string RowKey, ImportedDonor Donor, ImportedGift? Gift, ImportedPledge? Pledge, ImportedActivity? Activity);

/// <summary>The donor a row names; <see cref="Key"/> is the source's id when the file has one, else the e-mail or the name.</summary>
public sealed record ImportedDonor(string Key, string FirstName, string LastName, string? Email, int? ClassYear);

/// <summary>A gift in minor units; a null currency takes the campaign's.</summary>
public sealed record ImportedGift(long Amount, string? Currency, DateOnly ReceivedOn, string Campaign, GiftMethod Method, string? Fund);

public sealed record ImportedPledge(long Amount, string? Currency, int Installments, PledgeFrequency Frequency, DateOnly FirstDueOn, string Campaign, string? Fund);

public sealed record ImportedActivity(string Type, DateTimeOffset OccurredAt, string? Detail);
