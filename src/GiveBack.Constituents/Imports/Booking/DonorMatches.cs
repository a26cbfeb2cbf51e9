namespace GiveBack.Constituents.Imports.Booking;

/// <summary>What <see cref="ImportDonorLookup"/> found: the derived ids that are donors already, and a donor for each known e-mail.</summary>
public sealed record DonorMatches(HashSet<Guid> Existing, Dictionary<string, Guid> ByEmail);
