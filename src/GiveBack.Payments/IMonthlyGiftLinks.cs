namespace GiveBack.Payments;

/// <summary>The donor's self-service link to a monthly gift, as e-mails carry it.</summary>
public interface IMonthlyGiftLinks
{
    /// <summary>A fresh absolute link to the monthly gift's page; it stops working after its lifetime (30 days).</summary>
    string Create(Guid recurringGiftId);
}
