using Panther.Schemas.Indicators;

namespace Panther.Schemas.Tests.Indicators;

public class IndicatorFieldTests
{
    private static readonly IndicatorField[] BuiltIns =
    [
        IndicatorField.IpAddresses,
        IndicatorField.DomainNames,
        IndicatorField.Md5Hashes,
        IndicatorField.Sha1Hashes,
        IndicatorField.Sha256Hashes,
        IndicatorField.TraceIds,
        IndicatorField.AwsAccountIds,
        IndicatorField.AwsInstanceIds,
        IndicatorField.AwsArns,
        IndicatorField.AwsTags,
        IndicatorField.Emails,
        IndicatorField.Usernames,
        IndicatorField.MacAddresses,
        IndicatorField.Urls,
    ];

    [Fact]
    public void Built_in_sets_have_their_column_names_and_the_first_ids_in_declaration_order()
    {
        Assert.Equal(
            [
                "p_any_ip_addresses", "p_any_domain_names", "p_any_md5_hashes", "p_any_sha1_hashes",
                "p_any_sha256_hashes", "p_any_trace_ids", "p_any_aws_account_ids", "p_any_aws_instance_ids",
                "p_any_aws_arns", "p_any_aws_tags", "p_any_emails", "p_any_usernames", "p_any_mac_addresses",
                "p_any_urls",
            ],
            BuiltIns.Select(f => f.Name));
        Assert.Equal(Enumerable.Range(0, BuiltIns.Length), BuiltIns.Select(f => f.Id));
    }

    [Fact]
    public void Defining_a_built_in_name_returns_the_built_in_instance()
    {
        Assert.Same(IndicatorField.IpAddresses, IndicatorField.Define("p_any_ip_addresses"));
        Assert.Same(IndicatorField.Urls, IndicatorField.Define("p_any_urls"));
    }

    [Fact]
    public void Defining_a_new_name_twice_returns_the_same_instance()
    {
        var name = UniqueName();

        var first = IndicatorField.Define(name);
        var second = IndicatorField.Define(name);

        Assert.Same(first, second);
        Assert.Equal(name, first.Name);
        Assert.Equal(name, first.ToString());
        Assert.Single(IndicatorField.All, f => f.Name == name);
    }

    [Fact]
    public void A_new_set_gets_an_id_that_indexes_all()
    {
        var field = IndicatorField.Define(UniqueName());

        Assert.True(field.Id >= BuiltIns.Length);
        Assert.Same(field, IndicatorField.All[field.Id]);
        Assert.True(IndicatorField.TryGet(field.Name, out var found));
        Assert.Same(field, found);
    }

    [Fact]
    public void Ids_are_dense_and_all_is_ordered_by_id()
    {
        IndicatorField.Define(UniqueName());
        IndicatorField.Define(UniqueName());

        var all = IndicatorField.All;

        Assert.Equal(Enumerable.Range(0, all.Count), all.Select(f => f.Id));
        Assert.True(IndicatorField.Count >= all.Count);
    }

    [Fact]
    public void Concurrent_definitions_of_one_name_make_one_set()
    {
        var name = UniqueName();
        var results = new IndicatorField[64];

        Parallel.For(0, results.Length, i => results[i] = IndicatorField.Define(name));

        Assert.All(results, r => Assert.Same(results[0], r));
        Assert.Single(IndicatorField.All, f => f.Name == name);
    }

    [Theory]
    [InlineData("p_any_")]
    [InlineData("p_any")]
    [InlineData("any_ips")]
    [InlineData("p_ips")]
    [InlineData("P_ANY_IPS")]
    [InlineData("p_any_Ips")]
    [InlineData("p_any_ip-addresses")]
    [InlineData("p_any_ip addresses")]
    [InlineData("p_any_ip.addresses")]
    [InlineData("p_any_adresse\u00e9")]
    [InlineData(" p_any_ips")]
    public void Define_rejects_names_that_are_not_indicator_columns(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => IndicatorField.Define(name));

        Assert.Equal("name", ex.ParamName);
        Assert.Contains($"'{name}'", ex.Message, StringComparison.Ordinal);
        Assert.False(IndicatorField.TryGet(name, out _));
    }

    [Fact]
    public void Define_rejects_null_and_empty_names()
    {
        Assert.Throws<ArgumentNullException>(() => IndicatorField.Define(null!));
        Assert.Throws<ArgumentException>(() => IndicatorField.Define(""));
    }

    [Fact]
    public void Try_get_of_an_undefined_name_finds_nothing()
    {
        Assert.False(IndicatorField.TryGet(UniqueName(), out var field));
        Assert.Null(field);
    }

    private static string UniqueName() => $"p_any_test_{Guid.NewGuid():N}";
}
