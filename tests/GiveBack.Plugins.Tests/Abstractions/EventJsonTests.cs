using System.Text.Json;
using GiveBack.Plugins.Abstractions.Events;
using GiveBack.Plugins.ConformanceKit;

namespace GiveBack.Plugins.Tests.Abstractions;

public sealed class EventJsonTests
{
    [Fact]
    public void Every_event_of_the_contract_reads_back_equal_to_what_was_written()
    {
        foreach (var written in KitSamples.OneOfEachEvent(Guid.NewGuid()))
        {
            var read = EventJson.Deserialize(EventJson.TypeOf(written), EventJson.Serialize(written))!;

            Assert.Equal(EventJson.Serialize(written), EventJson.Serialize(read));
        }
    }

    [Theory]
    [InlineData("amountMinor")]
    [InlineData("receivedAt")]
    [InlineData("campaignName")]
    [InlineData("recurring")]
    public void A_gift_lacking_a_member_is_refused_rather_than_read_as_a_default(string member)
    {
        var gift = KitSamples.OneOfEachEvent(Guid.NewGuid()).OfType<GiftRecorded>().Single();
        var json = JsonNodeWithout(EventJson.Serialize(gift), member);

        var refused = Assert.Throws<JsonException>(() => EventJson.Deserialize(EventTypes.GiftRecorded, json));

        Assert.Contains(member, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_where_the_contract_allows_none_is_refused()
    {
        var donor = KitSamples.OneOfEachEvent(Guid.NewGuid()).OfType<DonorChanged>().Single();
        var json = EventJson.Serialize(donor).Replace("\"language\":\"en\"", "\"language\":null", StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => EventJson.Deserialize(EventTypes.DonorChanged, json));
    }

    private static string JsonNodeWithout(string json, string member)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        Assert.True(node.Remove(member), $"the sample has no {member}");
        return node.ToJsonString();
    }
}
