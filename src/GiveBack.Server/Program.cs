using GiveBack.Server.Hosting;

var app = GiveBackHost.Build(args);
await app.RunAsync();
