using Panther.Schemas.Indicators;
using Panther.Schemas.Indicators.Scanners;

namespace Panther.Schemas.Tests.Indicators;

public class IndicatorKindTests
{
    private static readonly Dictionary<string, IndicatorKind> BuiltIns = new(StringComparer.Ordinal)
    {
        ["ip"] = IndicatorKind.Ip,
        ["domain"] = IndicatorKind.Domain,
        ["hostname"] = IndicatorKind.Hostname,
        ["url"] = IndicatorKind.Url,
        ["net_addr"] = IndicatorKind.NetAddress,
        ["md5"] = IndicatorKind.Md5,
        ["sha1"] = IndicatorKind.Sha1,
        ["sha256"] = IndicatorKind.Sha256,
        ["aws_account_id"] = IndicatorKind.AwsAccountId,
        ["aws_instance_id"] = IndicatorKind.AwsInstanceId,
        ["aws_arn"] = IndicatorKind.AwsArn,
        ["aws_tag"] = IndicatorKind.AwsTag,
        ["email"] = IndicatorKind.Email,
        ["username"] = IndicatorKind.Username,
        ["trace_id"] = IndicatorKind.TraceId,
        ["mac"] = IndicatorKind.MacAddress,
    };

    [Theory]
    [InlineData("ip")]
    [InlineData("domain")]
    [InlineData("hostname")]
    [InlineData("url")]
    [InlineData("net_addr")]
    [InlineData("md5")]
    [InlineData("sha1")]
    [InlineData("sha256")]
    [InlineData("aws_account_id")]
    [InlineData("aws_instance_id")]
    [InlineData("aws_arn")]
    [InlineData("aws_tag")]
    [InlineData("email")]
    [InlineData("username")]
    [InlineData("trace_id")]
    [InlineData("mac")]
    public void Try_get_finds_each_built_in_kind_by_its_schema_name(string name)
    {
        Assert.True(IndicatorKind.TryGet(name, out var kind));

        Assert.Same(BuiltIns[name], kind);
        Assert.Equal(name, kind.Name);
        Assert.Equal(name, kind.ToString());
        Assert.NotNull(kind.Scanner);
    }

    [Fact]
    public void All_holds_every_built_in_kind()
    {
        var all = IndicatorKind.All;

        Assert.All(BuiltIns.Values, kind => Assert.Contains(kind, all));
    }

    [Theory]
    [InlineData("IP")]
    [InlineData("Hostname")]
    [InlineData("ipv4")]
    [InlineData("sha512")]
    [InlineData("netaddr")]
    [InlineData("")]
    public void Try_get_of_other_names_finds_nothing(string name)
    {
        Assert.False(IndicatorKind.TryGet(name, out var kind));
        Assert.Null(kind);
    }

    [Fact]
    public void Defining_a_built_in_name_keeps_the_built_in_scanner()
    {
        var kind = IndicatorKind.Define("ip", new VerbatimScanner(IndicatorField.Usernames));

        Assert.Same(IndicatorKind.Ip, kind);
        Assert.IsType<IpScanner>(kind.Scanner);
    }

    [Fact]
    public void A_defined_kind_is_found_by_name_and_defined_once()
    {
        var name = $"test_kind_{Guid.NewGuid():N}";
        var scanner = new VerbatimScanner(IndicatorField.TraceIds);

        var kind = IndicatorKind.Define(name, scanner);
        var again = IndicatorKind.Define(name, new VerbatimScanner(IndicatorField.Usernames));

        Assert.Same(kind, again);
        Assert.Same(scanner, kind.Scanner);
        Assert.True(IndicatorKind.TryGet(name, out var found));
        Assert.Same(kind, found);
        Assert.Contains(kind, IndicatorKind.All);
    }

    [Fact]
    public void Define_rejects_a_missing_name_or_scanner()
    {
        var scanner = new VerbatimScanner(IndicatorField.TraceIds);

        Assert.Throws<ArgumentNullException>(() => IndicatorKind.Define(null!, scanner));
        Assert.Throws<ArgumentException>(() => IndicatorKind.Define("", scanner));
        Assert.Throws<ArgumentNullException>(() => IndicatorKind.Define("test_kind_no_scanner", null!));
        Assert.False(IndicatorKind.TryGet("test_kind_no_scanner", out _));
    }
}
