using GiveBack.Grains.Abstractions.Payments;
using GiveBack.Payments.Stripe.Gateway;

namespace GiveBack.Payments.Stripe.Processing;

internal static class Designations
{
    public static GiftDesignation From(IDictionary<string, string>? metadata, int? classYear) => new(
        CheckoutMetadata.Text(metadata, CheckoutMetadata.Fund),
        CheckoutMetadata.Text(metadata, CheckoutMetadata.TributeType),
        CheckoutMetadata.Text(metadata, CheckoutMetadata.TributeName),
        CheckoutMetadata.Flag(metadata, CheckoutMetadata.Anonymous),
        classYear,
        CheckoutMetadata.Id(metadata, CheckoutMetadata.PledgeId),
        AmbassadorId: CheckoutMetadata.Id(metadata, CheckoutMetadata.AmbassadorId));
}
