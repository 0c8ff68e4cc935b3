using Panther.Schemas.Indicators;
using Panther.Sinks.Search;

namespace Panther.Sinks.Tests.Search;

public class IndicatorTests
{
    [Theory]
    [InlineData("203.0.113.7", "ip", "p_any_ip_addresses", "203.0.113.7")]
    [InlineData("2001:DB8:0:0::1", "ip", "p_any_ip_addresses", "2001:db8::1")]
    [InlineData("D41D8CD98F00B204E9800998ECF8427E", "md5", "p_any_md5_hashes", "d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("da39a3ee5e6b4b0d3255bfef95601890afd80709", "sha1", "p_any_sha1_hashes",
        "da39a3ee5e6b4b0d3255bfef95601890afd80709")]
    [InlineData("123456789012", "aws_account_id", "p_any_aws_account_ids", "123456789012")]
    [InlineData("arn:aws:iam::123456789012:user/alice", "aws_arn", "p_any_aws_arns",
        "arn:aws:iam::123456789012:user/alice")]
    [InlineData("i-0abcdef1234567890", "aws_instance_id", "p_any_aws_instance_ids", "i-0abcdef1234567890")]
    [InlineData("alice@example.com", "email", "p_any_emails", "alice@example.com")]
    [InlineData("evil.example.com", "domain", "p_any_domain_names", "evil.example.com")]
    [InlineData(" 198.51.100.1 ", "ip", "p_any_ip_addresses", "198.51.100.1")]
    public void A_bare_value_gets_the_kind_it_looks_like(string text, string kind, string column, string value)
    {
        Assert.True(Indicator.TryParse(text, out var indicator, out var error), error);

        Assert.Equal(kind, indicator!.Kind.Name);
        Assert.Equal(column, indicator.Column.Name);
        Assert.Equal(value, indicator.Value);
        Assert.Equal(text, indicator.Text);
    }

    [Theory]
    [InlineData("user:alice", "username", "p_any_usernames", "alice")]
    [InlineData("username:123456789012", "username", "p_any_usernames", "123456789012")]
    [InlineData("account:123456789012", "aws_account_id", "p_any_aws_account_ids", "123456789012")]
    [InlineData("IP:10.0.0.1", "ip", "p_any_ip_addresses", "10.0.0.1")]
    [InlineData("arn:arn:aws:s3:::bucket", "aws_arn", "p_any_aws_arns", "arn:aws:s3:::bucket")]
    [InlineData("domain:Example.COM", "domain", "p_any_domain_names", "example.com")]
    public void A_named_kind_is_used_as_given(string text, string kind, string column, string value)
    {
        Assert.True(Indicator.TryParse(text, out var indicator, out var error), error);

        Assert.Equal(kind, indicator!.Kind.Name);
        Assert.Equal(column, indicator.Column.Name);
        Assert.Equal(value, indicator.Value);
    }

    [Fact]
    public void A_value_that_is_not_of_the_named_kind_is_refused_with_the_reason()
    {
        Assert.False(Indicator.TryParse("ip:not-an-address", out var indicator, out var error));

        Assert.Null(indicator);
        Assert.Equal("'not-an-address' is not a valid ip", error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_value_is_refused(string text)
    {
        Assert.False(Indicator.TryParse(text, out var indicator, out var error));

        Assert.Null(indicator);
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData("foo:bar", "'foo' is not an indicator kind (kinds: ")]
    [InlineData(":value", "':value' names no kind before ':'")]
    public void An_unknown_or_missing_kind_is_refused(string text, string reason)
    {
        Assert.False(Indicator.TryParse(text, out var indicator, out var error));

        Assert.Null(indicator);
        Assert.StartsWith(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example.com/x", "url")]
    [InlineData("@alice", "username")]
    [InlineData("corp\\alice:1", "username")]
    public void A_value_with_a_colon_or_symbol_that_names_no_kind_is_detected_whole(string text, string kind)
    {
        Assert.True(Indicator.TryParse(text, out var indicator, out var error), error);

        Assert.Equal(kind, indicator!.Kind.Name);
    }

    [Fact]
    public void An_account_arn_is_searched_as_an_arn_not_as_its_account()
    {
        Assert.True(Indicator.TryParse("arn:aws:iam::111122223333:role/Admin", out var indicator, out _));

        Assert.Equal(IndicatorField.AwsArns, indicator!.Column);
    }
}
