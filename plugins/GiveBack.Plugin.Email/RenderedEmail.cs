namespace GiveBack.Plugin.Email;

internal sealed record RenderedEmail(string Subject, string Html, string Text);
