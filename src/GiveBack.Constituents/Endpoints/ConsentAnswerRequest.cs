namespace GiveBack.Constituents.Endpoints;

/// <summary>One answer: may the donor be contacted on <see cref="Channel"/> for <see cref="Purpose"/>.</summary>
public sealed record ConsentAnswerRequest(string? Channel, string? Purpose, bool? Granted);
