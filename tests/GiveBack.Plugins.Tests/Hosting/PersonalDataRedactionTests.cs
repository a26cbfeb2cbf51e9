using GiveBack.Plugins.Hosting.Logging;

namespace GiveBack.Plugins.Tests.Hosting;

public sealed class PersonalDataRedactionTests
{
    [Theory]
    [InlineData("550 5.1.1 <ada.lovelace+gifts@example.org>: Recipient address rejected", "550 5.1.1 <[e-mail]>: Recipient address rejected")]
    [InlineData("mailbox ada@example.org unavailable, also 'b@c.fr'", "mailbox [e-mail] unavailable, also '[e-mail]'")]
    [InlineData("connection refused (127.0.0.1:25)", "connection refused (127.0.0.1:25)")]
    [InlineData("@handle and user@localhost stay", "@handle and user@localhost stay")]
    public void E_mail_addresses_are_taken_out_of_text_bound_for_the_logs(string text, string expected) =>
        Assert.Equal(expected, PersonalDataRedaction.Redact(text));

    [Fact]
    public void Null_stays_null() => Assert.Null(PersonalDataRedaction.Redact(null));
}
