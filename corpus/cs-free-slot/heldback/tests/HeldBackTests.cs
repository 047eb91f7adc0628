using Calendar;

public static class HeldBackTests
{
    private static readonly WorkingDay Office = new(TimeSpan.Parse("09:00"), TimeSpan.Parse("17:00"));

    private static TimeSpan T(string time) => TimeSpan.Parse(time);

    public static void AMeetingThatExactlyFillsTheRestOfTheDayFits()
    {
        Assert.Equal(T("16:00"), Office.EarliestFreeSlot([Meeting.At("offsite", "09:00", "16:00")], T("01:00")));
    }

    public static void ARestOfTheDayAMinuteTooShortIsNoSlot()
    {
        Assert.Equal(null, Office.EarliestFreeSlot([Meeting.At("offsite", "09:00", "16:01")], T("01:00")));
    }

    public static void AMeetingRunningPastTheEndOfTheDayLeavesNoSlotAfterIt()
    {
        Meeting[] meetings = [Meeting.At("standup", "09:00", "10:00"), Meeting.At("launch", "16:30", "18:00")];
        Assert.Equal(null, Office.EarliestFreeSlot(meetings, T("07:00")));
        Assert.Equal(T("10:00"), Office.EarliestFreeSlot(meetings, T("06:30")));
    }

    public static void EveningMeetingsDoNotShortenTheDay()
    {
        Meeting[] meetings = [Meeting.At("dinner", "18:00", "20:00"), Meeting.At("breakfast", "07:30", "08:30")];
        Assert.Equal(T("09:00"), Office.EarliestFreeSlot(meetings, T("08:00")));
        Assert.Equal(null, Office.EarliestFreeSlot(meetings, T("08:01")));
    }

    public static void NoCommonSlotWhenTheirDaysInterlock()
    {
        Meeting[] ann = [Meeting.At("a1", "09:00", "11:00"), Meeting.At("a2", "12:00", "14:00"), Meeting.At("a3", "15:00", "17:00")];
        Meeting[] bob = [Meeting.At("b1", "10:30", "12:30"), Meeting.At("b2", "13:30", "15:30")];
        Assert.Equal(null, Office.FirstCommonSlot([ann, bob], T("00:45")));
        Assert.Equal(T("15:30"), Office.FirstCommonSlot([ann.Take(2), bob], T("01:30")));
    }

    public static void BusyTimeCountsOverlapsOnceAndOnlyWithinTheDay()
    {
        Meeting[] meetings = [Meeting.At("a", "08:00", "09:30"), Meeting.At("b", "09:15", "10:00"), Meeting.At("c", "16:00", "19:00")];
        Assert.Equal(T("02:00"), Office.BusyTime(meetings));
    }
}
