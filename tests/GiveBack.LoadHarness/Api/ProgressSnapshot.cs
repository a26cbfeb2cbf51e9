namespace GiveBack.LoadHarness.Api;

/// <summary>A campaign's <c>progress</c> as the API reports it.</summary>
internal sealed record ProgressSnapshot(long RaisedAmount, int DonorCount, int GiftCount);
