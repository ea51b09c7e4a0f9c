#pragma once
// Per-pixel background model on the processing frame: which pixels differ from the empty scene.
//
// A running mean and noise variance per pixel, updated selectively: background pixels follow slow
// light changes quickly, foreground pixels are absorbed only after a long time, so a person lying
// still stays foreground for about a minute (long after a fall is confirmed). Two things a plain
// running average gets wrong are handled here:
// - Camera shake: a camera that is bumped shifts the whole view; the shift against the model is
//   measured (phase correlation, with the people of the last frame painted out so that their
//   movement does not count) and the model is moved with it.
// - Exposure: cameras adjust their gain all the time (a person walking close makes the picture
//   darker); the frame is divided by the scene-wide gain (median ratio to the model) first.
// - Shadows: a pixel that is a darker copy of its background (same chromaticity) is not foreground.
//   Grey (infrared night) pictures have no chromaticity to tell a shadow from dark clothes, so
//   there the test is off.
// - Ghosts: a camera often starts with a person in view, so the first frame teaches the model a
//   person; when they move, the spot they left shows up as foreground. A region of foreground that
//   has stopped changing is tested as a whole: along most of its rim, does the current image
//   continue the background next to it while the learned background there does not (the outline
//   of what left)? Then it is the revealed scene and is learned at once. A person lying still
//   fails that test (their outline is in the image, not in the model) and stays foreground.
//   During a warm-up after start (or a scene change) the model has never seen the empty room, so
//   anything that changed and then stays still is taken as the scene, ghost or not: the revealed
//   scene is learned at once, and a person who stopped moving fades (trackers hold them).
#include <opencv2/core.hpp>

namespace anju::vision {

struct BackgroundParams {
  double adapt_s = 2.0;             // time constant for background pixels (light drift, exposure)
  double absorb_s = 60.0;           // time constant for foreground pixels (a still object fades in)
  double min_distance = 24.0;       // RGB distance (0..441) always counted as background ...
  double dark_scene_level = 100.0;  // ... in a scene at least this bright (mean grey 0..255);
                                    // a darker scene has proportionally less contrast, so the floor
                                    // shrinks with its brightness (to 0.3 of it at most)
  double noise_sigmas = 3.0;        // ... as is anything within this many noise deviations
  double stable_s = 0.5;            // foreground unchanged this long is tested for being a ghost
  double ghost_rim_share = 0.6;     // share of a still region's rim that must look revealed
  double warmup_s = 4.0;            // after start, still foreground is learned after stable_s
  double shadow_min_brightness = 0.45;  // shadows keep this much of the background's brightness
  double shadow_max_brightness = 0.92;
  double shadow_colour_tolerance = 0.06;  // chromaticity drift allowed in a shadow (fraction)
  double min_camera_shift = 1.0;          // processing pixels; smaller shifts are left alone
  double reset_fraction = 0.6;  // more foreground than this: the scene changed (lights), relearn
};

class BackgroundModel {
 public:
  explicit BackgroundModel(BackgroundParams params = {});

  // frame: BGR 8-bit at the processing size; t: seconds, increasing. Writes a 0/255 mask.
  // Returns false when the whole scene changed and the model started again (the mask is empty).
  bool apply(const cv::Mat& frame, double t, cv::Mat& foreground);

  void reset() { mean_.release(); }
  // Per pixel, the time (same clock as apply) the pixel last changed between two frames: tells a
  // person who moves from the still remains of where they were.
  const cv::Mat& last_change() const { return last_change_; }  // CV_64FC1
  // The learned empty scene, for debugging and tests.
  cv::Mat background_image() const;

 private:
  void start(const cv::Mat& frame, double t);
  // Learns still foreground regions that are the revealed scene; clears them from the mask.
  void heal_ghosts(double t, cv::Mat& foreground);
  bool looks_revealed(const cv::Mat& foreground, int y, int x) const;
  // Moves the model when the camera moved against it by a pixel or more.
  void follow_camera_shift(const cv::Mat& frame);
  // Divides the frame by the scene-wide gain relative to the model, into compensated_.
  void compensate_exposure(const cv::Mat& frame);
  float threshold2_at(int y, int x) const;
  // min_distance for this scene's brightness (BackgroundParams::dark_scene_level).
  double scene_floor() const;

  BackgroundParams p_;
  cv::Mat mean_;         // CV_32FC3
  cv::Mat variance_;     // CV_32FC1, mean squared RGB distance of background samples
  cv::Mat compensated_;  // CV_32FC3, this frame divided by the exposure gain
  cv::Mat previous_;     // CV_32FC3, last compensated frame
  cv::Mat last_change_;  // CV_64FC1, time the pixel last changed between two frames
  cv::Mat grey_frame_, grey_model_, window_;  // scratch for the shift estimate
  cv::Mat people_;                            // last foreground, grown: left out of the estimate
  cv::Mat still_;                             // CV_8UC1 scratch: foreground that stopped changing
  cv::Mat labels_;                            // CV_32SC1 scratch
  double floor_ = 0;                          // scene_floor() of the current frame
  double last_t_ = 0;
  double start_t_ = 0;
  bool is_grey_ = false;  // the last frame had no colour (IR)
};

}  // namespace anju::vision
