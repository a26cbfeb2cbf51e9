using GiveBack.Server.Commands;
using GiveBack.Server.Hosting;

if (ImportCommand.Matches(args))
{
    return await ImportCommand.RunAsync(args, Console.Out);
}

var app = GiveBackHost.Build(args);
await app.RunAsync();
return 0;
