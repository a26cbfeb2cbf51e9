using GiveBack.StripeEmulator;

var builder = WebApplication.CreateBuilder(args);
builder.AddStripeEmulator();

var app = builder.Build();
app.MapStripeEmulator();
app.Run();
