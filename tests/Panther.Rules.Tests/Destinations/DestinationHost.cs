using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Panther.Rules.Destinations;

namespace Panther.Rules.Tests.Destinations;

/// <summary>A service provider with fast retry settings and captured logs, for tests that deliver over HTTP.</summary>
internal sealed class DestinationHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public DestinationHost(Action<IServiceCollection> register, Action<AlertDeliveryOptions>? delivery = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddAlertDestinations(options =>
        {
            options.MaxRetryAttempts = 3;
            options.BaseDelay = TimeSpan.FromMilliseconds(5);
            options.MaxDelay = TimeSpan.FromMilliseconds(50);
            options.AttemptTimeout = TimeSpan.FromSeconds(2);
            options.TotalTimeout = TimeSpan.FromSeconds(5);
            delivery?.Invoke(options);
        });
        register(services);
        _provider = services.BuildServiceProvider(validateScopes: true);
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public AlertDispatcher Dispatcher => _provider.GetRequiredService<AlertDispatcher>();

    public AlertRouter Router => _provider.GetRequiredService<AlertRouter>();

    public IAlertDestination Destination(string id) =>
        _provider.GetServices<IAlertDestination>().Single(d => d.Id == id);

    public void Dispose() => _provider.Dispose();
}
