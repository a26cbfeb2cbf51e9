namespace GiveBack.Payments.GivingPage;

/// <summary>Body of <c>PATCH /api/v1/recurring-gifts/{id}</c>: the new monthly amount in minor units.</summary>
public sealed record RecurringGiftChange(long? Amount);
