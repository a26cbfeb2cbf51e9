namespace GiveBack.Payments.GivingPage;

/// <summary>A signed link a donor can use to see, stop or manage their monthly gift without an account.</summary>
public sealed record DonorLink(string Url);
