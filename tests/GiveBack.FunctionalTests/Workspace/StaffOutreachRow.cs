namespace GiveBack.FunctionalTests.Workspace;

/// <summary>A row of <c>outreach_messages</c> addressed to staff, as the tests read it: a few columns and the whole row as JSON.</summary>
public sealed record StaffOutreachRow(string RecipientKind, Guid DonorId, string Status, string Json);
