namespace GiveBack.GivingDays.Endpoints;

/// <summary>
/// What an invitation run did: the engagement module's ambassadors it went through, how many became the campaign's
/// ambassadors now, and how many invitations it queued (one per ambassador ever, so a second run queues only the new ones).
/// </summary>
public sealed record AmbassadorInvitationsResponse(int Candidates, int Created, int Invited);
