using GiveBack.Giving.Gifts;

namespace GiveBack.Server.Demo;

internal sealed record DemoGift(GiftCommand Command, string Key, string? ReversalReason);
