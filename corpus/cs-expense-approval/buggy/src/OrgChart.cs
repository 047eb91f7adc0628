namespace Expenses;

/// <summary>A person who can file and approve claims; the top of the chart has no manager.</summary>
public sealed record Employee(string Id, string Name, string? ManagerId, long ApprovalLimitCents);

/// <summary>Who reports to whom.</summary>
public sealed class OrgChart
{
    private readonly Dictionary<string, Employee> byId = new(StringComparer.OrdinalIgnoreCase);

    public OrgChart(IEnumerable<Employee> employees)
    {
        foreach (var employee in employees)
        {
            if (!byId.TryAdd(employee.Id, employee))
                throw new ArgumentException($"employee id '{employee.Id}' appears twice", nameof(employees));
        }
    }

    public Employee Find(string id) =>
        byId.TryGetValue(id, out var employee) ? employee : throw new KeyNotFoundException($"no employee '{id}'");

    public Employee? ManagerOf(Employee employee) => employee.ManagerId is null ? null : Find(employee.ManagerId);
}
