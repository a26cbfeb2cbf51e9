using GiveBack.Api.Security;
using GiveBack.Giving.Gifts;
using GiveBack.Ledger.Gifts;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.FunctionalTests.Support;

/// <summary>
/// What a host that died right after a commit leaves behind: the ledger row, applied to no grain. The write is the
/// product's own, through the host's ledger service, exactly as the gift path makes it under the admin key — only the
/// apply never runs.
/// </summary>
public static class UnappliedCommit
{
    public static async Task<Guid> WriteAsync(GiveBackServer host, GiftCommand gift, string campaignName, string key)
    {
        var adminKey = await host.Services.GetRequiredService<ApiKeyStore>().FindActiveAsync(GiveBackServer.AdminKey);
        var write = await host.Services.GetRequiredService<GiftLedger>().RecordGiftAsync(new NewGift(
            Id: Guid.CreateVersion7(), DonorId: gift.DonorId, CampaignId: gift.CampaignId, CampaignName: campaignName,
            Amount: gift.Amount, Currency: gift.Currency, ReceivedOn: gift.ReceivedOn, Method: GiftVocabulary.Of(gift.Method),
            Fund: null, TributeType: null, TributeName: null, Anonymous: false, ClassYear: 2010,
            IdempotencyKey: key, RequestHash: RequestHash.Of(gift), IdempotencyScope: adminKey!.Id));
        Assert.Equal(WriteOutcome.Created, write.Outcome);
        return write.Entry!.Id;
    }
}
