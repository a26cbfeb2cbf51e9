namespace GiveBack.Constituents.Erasure;

/// <summary>The outcome of an erasure and its record (none for an unknown donor).</summary>
public sealed record ErasureResult(ErasureOutcome Outcome, DonorErasureRecord? Record);
