using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Panther.Rules.Tests.Destinations;

/// <summary>
/// An HTTP listener on 127.0.0.1 with an ephemeral port. It records every request and answers each with the status
/// its script gives for that request's number (1-based); a script answer of 0 means hang until the test ends.
/// </summary>
internal sealed class TestReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<int, int> _script;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _count;

    public TestReceiver(Func<int, int>? script = null)
    {
        _script = script ?? (_ => 200);
        for (var tries = 0; ; tries++)
        {
            var port = FreePort();
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                _listener.Start();
                BaseUrl = new Uri($"http://127.0.0.1:{port}/");
                break;
            }
            catch (HttpListenerException) when (tries < 5)
            {
                _listener.Prefixes.Clear();
            }
        }

        _loop = Task.Run(LoopAsync);
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public int Count => Volatile.Read(ref _count);

    public ReceivedRequest Single() => Assert.Single(Requests);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex)
                when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var number = Interlocked.Increment(ref _count);
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body);
        var headers = context.Request.Headers.AllKeys
            .Where(k => k is not null)
            .ToDictionary(k => k!, k => context.Request.Headers[k] ?? string.Empty, StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue(new ReceivedRequest(
            context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body.ToArray()));

        var status = _script(number);
        try
        {
            if (status == 0)
            {
                await Task.Delay(Timeout.Infinite, _stop.Token);
            }

            context.Response.StatusCode = status;
            context.Response.Close();
        }
        catch (Exception ex)
            when (ex is OperationCanceledException or HttpListenerException or ObjectDisposedException)
        {
            context.Response.Abort();
        }
    }
}
