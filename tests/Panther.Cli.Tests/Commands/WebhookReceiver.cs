using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Panther.Cli.Tests.Commands;

/// <summary>A real HTTP listener on 127.0.0.1 that records the webhook requests it receives.</summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public WebhookReceiver()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = new Uri($"http://127.0.0.1:{port}/hook/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(ReceiveAsync);
    }

    public Uri Url { get; }

    public ConcurrentQueue<(byte[] Body, string? Timestamp, string? Signature)> Requests { get; } = new();

    public void Dispose()
    {
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ReceiveAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Requests.Enqueue((body.ToArray(), context.Request.Headers["X-Panther-Timestamp"],
                context.Request.Headers["X-Panther-Signature"]));
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}
