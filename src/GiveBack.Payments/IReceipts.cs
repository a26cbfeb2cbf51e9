namespace GiveBack.Payments;

/// <summary>Tax receipts: numbered from a gap-free sequence per fiscal year, downloadable as PDF.</summary>
public interface IReceipts
{
    Task<ReceiptView?> FindAsync(Guid giftId, CancellationToken cancellationToken = default);

    /// <summary>The receipt as a PDF document; null when the gift has no receipt.</summary>
    Task<byte[]?> RenderPdfAsync(Guid giftId, CancellationToken cancellationToken = default);
}
