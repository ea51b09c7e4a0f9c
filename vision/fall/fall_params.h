#pragma once
// The physical quantities fall detection depends on. The head is followed by the top of the
// person's moving part. Heights are shares of the person's own upright height measured from where
// their feet were ("head height" 1 = standing, 0 = head at the floor), so they hold for any camera
// distance and resolution. See docs/vision.md for the why and how sensitive each one is.
namespace anju::vision {

struct FallParams {
  double confirm_s = 2.0;       // the person must stay down this long before the alert
  double max_descent_s = 3.0;   // upright -> down within this is a fall; slower is lying down on
                                // purpose (a slow collapse still takes under ~3 s)
  double upright_level = 0.75;  // head height of someone standing or sitting upright
  double down_level = 0.45;  // head height of someone down on the floor (sitting on a chair ~0.7,
                             // crouching ~0.55; lying on the floor ~0.1-0.3)
  double up_level = 0.6;     // above this the person is up again (kneeling, sitting, standing)
  double recover_s = 0.5;    // up this long before the confirmation: not a fall after all
  double getup_s = 1.5;      // up this long after an alert: the fall is cleared
  double min_upright_aspect = 1.0;  // height / width of a posture that can serve as "upright"
  double min_person_height = 0.15;  // share of the frame height an upright person covers at least
  double feet_settle_s = 0.3;       // a silhouette grows down to the feet within this time after
                                    // the head was seen highest (parts start moving one by one)
  double min_active_share = 0.15;   // movement counts when this share of the upright body moves
                                    // (less is a hand, a foot, flicker)
  double whole_body_share = 0.5;    // a fall moves the whole body: at some moment of the descent
                                    // at least this share of the upright area moves at once
  double min_fall_area = 0.02;      // share of the frame a falling person sweeps at least (smaller
                                    // is someone far away behind a window, or a pet)
};

}  // namespace anju::vision
