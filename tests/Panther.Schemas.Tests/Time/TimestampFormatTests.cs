using Panther.Schemas.Time;

namespace Panther.Schemas.Tests.Time;

public class TimestampFormatTests
{
    public static TheoryData<string, TimestampFormat> BuiltInFormats => new()
    {
        { "rfc3339", TimestampFormat.Rfc3339 },
        { "unix", TimestampFormat.UnixSeconds },
        { "unix_ms", TimestampFormat.UnixMilliseconds },
        { "unix_us", TimestampFormat.UnixMicroseconds },
        { "unix_ns", TimestampFormat.UnixNanoseconds },
    };

    [Theory]
    [MemberData(nameof(BuiltInFormats))]
    public void Built_in_names_parse_to_the_shared_instances(string name, TimestampFormat expected)
    {
        var format = TimestampFormat.Parse(name);

        Assert.Same(expected, format);
        Assert.Equal(name, format.Name);
        Assert.Equal(name, format.ToString());
    }

    [Theory]
    [InlineData("%Y-%m-%d %H:%M:%S")]
    [InlineData("%a %b %e %H:%M:%S %Y UTC")]
    [InlineData("%s")]
    public void Names_with_a_percent_sign_are_custom_patterns_that_keep_their_text(string pattern)
    {
        var format = TimestampFormat.Parse(pattern);

        Assert.Equal(pattern, format.Name);
        Assert.Equal(pattern, TimestampFormat.Custom(pattern).Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("RFC3339")]
    [InlineData("iso8601")]
    [InlineData("unix_s")]
    [InlineData("YYYY-MM-DD")]
    public void Unknown_names_are_rejected_with_the_valid_choices(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => TimestampFormat.Parse(name));

        Assert.Equal("name", error.ParamName);
        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("rfc3339, unix, unix_ms, unix_us, unix_ns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_name_is_rejected() =>
        Assert.Throws<ArgumentNullException>(() => TimestampFormat.Parse(null!));

    [Theory]
    [InlineData("%Y-%m-%d %Q", "%Q")]
    [InlineData("%Y-%m-%d %E", "%E")]
    [InlineData("%Y-%m-%d %H:%M:%S.%N", "%N")]
    public void Unknown_directive_is_named_in_the_error(string pattern, string directive)
    {
        var error = Assert.Throws<ArgumentException>(() => TimestampFormat.Custom(pattern));

        Assert.Equal("pattern", error.ParamName);
        Assert.Contains($"'{directive}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(pattern, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_directive_is_also_rejected_through_parse()
    {
        var error = Assert.Throws<ArgumentException>(() => TimestampFormat.Parse("%Y %Q"));

        Assert.Contains("'%Q'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%Y-%m-%d %")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no directives")]
    [InlineData("%% %%")]
    public void Patterns_that_cannot_describe_a_time_are_rejected(string pattern) =>
        Assert.Throws<ArgumentException>(() => TimestampFormat.Custom(pattern));

    [Fact]
    public void Null_pattern_is_rejected() =>
        Assert.Throws<ArgumentNullException>(() => TimestampFormat.Custom(null!));
}
