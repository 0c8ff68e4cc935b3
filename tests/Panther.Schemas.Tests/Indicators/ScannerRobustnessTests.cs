using Panther.Schemas.Indicators;

namespace Panther.Schemas.Tests.Indicators;

public class ScannerRobustnessTests
{
    private static readonly byte[] Alphabet =
        [.. "0123456789abcdefABCDEFxn-.:/@[]%?# \t"u8, (byte)'i', (byte)'r', 0x80, 0xC3, 0xBC, 0xE2, 0xFF];

    public static TheoryData<string> KindNames => [.. BuiltInKinds().Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Blank_and_malformed_values_write_nothing(string kindName)
    {
        var kind = Kind(kindName);
        byte[][] values = [[], " \t\r\n"u8.ToArray(), [0xFF], [0xC3], [0xED, 0xA0, 0x80]];

        foreach (var value in values)
        {
            Assert.Empty(RecordingIndicatorWriter.Scan(kind, value));
        }
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Random_bytes_never_throw_and_never_write_empty_or_invalid_utf8(string kindName)
    {
        var kind = Kind(kindName);
        var random = new Random(20240601);
        var buffer = new byte[80];

        for (var run = 0; run < 5_000; run++)
        {
            var value = buffer.AsSpan(0, random.Next(buffer.Length + 1));
            foreach (ref var b in value)
            {
                b = Alphabet[random.Next(Alphabet.Length)];
            }

            var entries = RecordingIndicatorWriter.Scan(kind, value.ToArray());

            Assert.DoesNotContain(entries, e => e.Value.Length == 0);
        }
    }

    private static IndicatorKind Kind(string name)
    {
        Assert.True(IndicatorKind.TryGet(name, out var kind));
        return kind;
    }

    private static IEnumerable<IndicatorKind> BuiltInKinds() =>
    [
        IndicatorKind.Ip, IndicatorKind.Domain, IndicatorKind.Hostname, IndicatorKind.Url,
        IndicatorKind.NetAddress, IndicatorKind.Md5, IndicatorKind.Sha1, IndicatorKind.Sha256,
        IndicatorKind.AwsAccountId, IndicatorKind.AwsInstanceId, IndicatorKind.AwsArn, IndicatorKind.AwsTag,
        IndicatorKind.Email, IndicatorKind.Username, IndicatorKind.TraceId, IndicatorKind.MacAddress,
    ];
}
