namespace GiveBack.Domain.Pledges;

/// <summary>
/// Where a pledge stands on a day: payments fill installments oldest first; an installment past its due date and not
/// fully paid is overdue; a written-off or cancelled pledge closes what is still owed.
/// </summary>
public static class PledgeCalculator
{
    public static PledgeStanding Standing(
        IReadOnlyList<Installment> installments, long paid, long writtenOff, bool cancelled, DateOnly today)
    {
        var total = installments.Sum(i => i.Amount);
        var closed = cancelled || writtenOff > 0;
        var remaining = paid;
        var standings = new List<InstallmentStanding>(installments.Count);
        foreach (var installment in installments.OrderBy(i => i.DueOn).ThenBy(i => i.Number))
        {
            var applied = Math.Clamp(remaining, 0, installment.Amount);
            remaining -= applied;
            var status = applied == installment.Amount ? InstallmentStatus.Paid
                : cancelled ? InstallmentStatus.Cancelled
                : closed ? InstallmentStatus.WrittenOff
                : installment.DueOn < today ? InstallmentStatus.Overdue
                : InstallmentStatus.Upcoming;
            standings.Add(new InstallmentStanding(installment.Number, installment.DueOn, installment.Amount, applied, status));
        }

        var balance = closed ? 0 : Math.Max(0, total - paid);
        var pledgeStatus = paid >= total ? PledgeStatus.Fulfilled
            : cancelled ? PledgeStatus.Cancelled
            : writtenOff > 0 ? PledgeStatus.WrittenOff
            : standings.Any(s => s.Status == InstallmentStatus.Overdue) ? PledgeStatus.Overdue
            : PledgeStatus.Active;
        return new PledgeStanding(pledgeStatus, paid, balance, writtenOff, standings);
    }
}
