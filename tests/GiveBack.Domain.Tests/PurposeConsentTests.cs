using GiveBack.Domain.Consent;

namespace GiveBack.Domain.Tests;

public sealed class PurposeConsentTests
{
    [Fact]
    public void Without_answers_every_purpose_follows_the_profile()
    {
        Assert.Equal(["email", "sms"], PurposeConsent.ConsentedChannels(false, "sms", ConsentPurposes.Appeals, []));
        Assert.Empty(PurposeConsent.ConsentedChannels(true, null, ConsentPurposes.News, []));
    }

    [Fact]
    public void A_withdrawal_takes_the_channel_away_for_that_purpose_only()
    {
        ConsentAnswer[] answers = [new("email", ConsentPurposes.Appeals, false)];

        Assert.Empty(PurposeConsent.ConsentedChannels(false, null, ConsentPurposes.Appeals, answers));
        Assert.Equal(["email"], PurposeConsent.ConsentedChannels(false, null, ConsentPurposes.News, answers));
    }

    [Fact]
    public void Receipts_ignore_the_answers_and_follow_the_email_opt_out()
    {
        ConsentAnswer[] answers = [new("email", ConsentPurposes.Receipts, false), new("email", ConsentPurposes.Appeals, false)];

        Assert.Equal(["email"], PurposeConsent.ConsentedChannels(false, null, ConsentPurposes.Receipts, answers));
        Assert.Empty(PurposeConsent.ConsentedChannels(true, null, ConsentPurposes.Receipts, answers));
    }

    [Fact]
    public void A_grant_adds_a_channel_but_never_brings_back_email_after_an_opt_out()
    {
        ConsentAnswer[] answers = [new("sms", ConsentPurposes.Events, true), new("email", ConsentPurposes.Events, true)];

        Assert.Equal(["sms"], PurposeConsent.ConsentedChannels(true, null, ConsentPurposes.Events, answers));
        Assert.Equal(["email", "sms"], PurposeConsent.ConsentedChannels(false, null, ConsentPurposes.Events, answers));
    }
}
