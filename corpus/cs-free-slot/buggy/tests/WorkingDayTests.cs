using Calendar;

public static class WorkingDayTests
{
    private static readonly WorkingDay Office = new(TimeSpan.Parse("09:00"), TimeSpan.Parse("17:00"));

    private static TimeSpan T(string time) => TimeSpan.Parse(time);

    public static void AnEmptyDayStartsAtNine()
    {
        Assert.Equal(T("09:00"), Office.EarliestFreeSlot([], T("01:00")));
    }

    public static void TheFirstGapLongEnoughIsChosen()
    {
        Meeting[] meetings = [Meeting.At("standup", "09:00", "09:15"), Meeting.At("review", "09:45", "11:00"), Meeting.At("lunch", "12:00", "13:00")];
        Assert.Equal(T("11:00"), Office.EarliestFreeSlot(meetings, T("00:45")));
    }

    public static void OverlappingMeetingsAreOneBusyBlock()
    {
        Meeting[] meetings = [Meeting.At("a", "09:00", "11:00"), Meeting.At("b", "10:00", "12:30"), Meeting.At("c", "10:30", "11:00"), Meeting.At("d", "13:00", "14:00")];
        Assert.Equal(T("12:30"), Office.EarliestFreeSlot(meetings, T("00:30")));
    }

    public static void TheEndOfTheDayCanTakeTheMeeting()
    {
        Assert.Equal(T("15:30"), Office.EarliestFreeSlot([Meeting.At("workshop", "09:00", "15:30")], T("01:00")));
    }

    public static void AFullDayHasNoSlot()
    {
        Meeting[] meetings = [Meeting.At("training", "09:00", "12:00"), Meeting.At("planning", "12:00", "16:30")];
        Assert.Equal(null, Office.EarliestFreeSlot(meetings, T("01:00")));
    }

    public static void FreePeriodsListTheGaps()
    {
        Meeting[] meetings = [Meeting.At("review", "10:00", "11:00"), Meeting.At("lunch", "12:00", "13:00")];
        Assert.SequenceEqual([(T("09:00"), T("10:00")), (T("11:00"), T("12:00")), (T("13:00"), T("17:00"))], Office.FreePeriods(meetings));
        Assert.Equal(T("02:00"), Office.BusyTime(meetings));
    }

    public static void TwoPeopleMeetWhenBothAreFree()
    {
        Meeting[] ann = [Meeting.At("call", "09:00", "10:00")];
        Meeting[] bob = [Meeting.At("interview", "10:00", "11:30")];
        Assert.Equal(T("11:30"), Office.FirstCommonSlot([ann, bob], T("01:00")));
    }
}
