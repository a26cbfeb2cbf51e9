// The SMTP sink moved to GiveBack.Testing (one for every suite and the demo's script); this alias keeps the plugin
// suite's fixtures, which name it from this folder's namespace, compiling unchanged.
global using SmtpSink = GiveBack.Testing.SmtpSink;
