using MimeKit;

namespace GiveBack.Payments.Tests;

/// <summary>A gift paid online whose thank-you, with its receipt, has reached the SMTP server once.</summary>
public sealed record ThankedGift(string Email, Guid GiftId, Guid DonorId, MimeMessage FirstMail);
