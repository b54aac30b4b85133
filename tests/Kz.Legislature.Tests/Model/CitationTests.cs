namespace Kz.Legislature.Tests.Model;

/// <summary>A citation built by hand keeps an article only where one is given.</summary>
public sealed class CitationTests
{
    [Fact]
    public void a_blank_article_is_no_article()
    {
        var name = new LocalizedName("Constitution");

        new Citation("constitution-1995", name, "Art. 50(2)", []).Article.Should().Be("Art. 50(2)");
        new Citation("constitution-1995", name, "  ", []).Article.Should().BeNull();
        new Citation("constitution-1995", name, null, []).Article.Should().BeNull();
    }
}
