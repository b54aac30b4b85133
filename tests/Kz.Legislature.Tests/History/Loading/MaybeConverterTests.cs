using System.Text;
using System.Text.Json;
using Kz.Legislature.History.Loading;

namespace Kz.Legislature.Tests.History.Loading;

/// <summary>A value that may be null writes as null or as its value, the way it is read.</summary>
public sealed class MaybeConverterTests
{
    private static string Write(Maybe<Boxed<LocalDate>> value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            new MaybeConverter<Boxed<LocalDate>>().Write(writer, value, DatasetJsonContext.Default.Options);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void a_null_writes_as_null_and_a_value_as_its_json()
    {
        Write(Maybe<Boxed<LocalDate>>.Null).Should().Be("null");
        Write(new Maybe<Boxed<LocalDate>>(new Boxed<LocalDate>(new LocalDate(2024, 1, 2)))).Should().Be("\"2024-01-02\"");
    }
}
